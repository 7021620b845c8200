// Stand-in for @microsoft/sp-core-library in jest: only what the web part uses, with SPFx's values.

/** SPFx's numbers: Read = 1, Edit = 2 (lib/DisplayMode.js). */
export enum DisplayMode {
  Read = 1,
  Edit = 2
}

export class Version {
  private constructor(public readonly major: number, public readonly minor: number, public readonly patch: number) {}

  public static parse(text: string): Version {
    const [major, minor, patch] = String(text).split('.').map((part) => Number(part) || 0);
    return new Version(major || 0, minor || 0, patch || 0);
  }

  public toString(): string {
    return `${this.major}.${this.minor}.${this.patch}`;
  }
}
