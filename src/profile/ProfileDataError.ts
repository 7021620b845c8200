/**
 * Thrown when an input is not what the SharePoint or Graph endpoint returns. A wrong shape means
 * the adapter fetched the wrong thing (or got an error page), so we refuse to give a verdict on it.
 */
export class ProfileDataError extends Error {
  public constructor(message: string) {
    super(message);
    // Compiled to ES5, extending Error loses the prototype chain; restore it so instanceof works.
    setPrototypeOf(this, ProfileDataError.prototype);
    this.name = 'ProfileDataError';
  }
}

// Object.setPrototypeOf is ES2015: in every browser SharePoint supports, but not in our ES5 typings.
interface ObjectWithSetPrototypeOf {
  setPrototypeOf(target: object, prototype: object): object;
}

function setPrototypeOf(target: object, prototype: object): void {
  (Object as unknown as ObjectWithSetPrototypeOf).setPrototypeOf(target, prototype);
}
