import { isPlainObject } from './describeValue';

// SharePoint answers errors as {"odata.error": {...}} (minimal, nometadata) or {"error": {...}}
// (verbose); Graph as {"error": {...}}. The message is {lang, value} in SharePoint, a string in Graph.

export interface ODataError {
  code: string;
  message: string;
}

export function readODataError(body: Record<string, unknown>): ODataError | undefined {
  const error = isPlainObject(body['odata.error']) ? body['odata.error'] : body.error;
  if (!isPlainObject(error)) return undefined;
  const message = isPlainObject(error.message) ? error.message.value : error.message;
  return {
    code: typeof error.code === 'string' ? error.code : '',
    message: typeof message === 'string' ? message : ''
  };
}

export function describeODataError(error: ODataError): string {
  const parts = [error.code, error.message].filter((part) => part !== '');
  return parts.length > 0 ? parts.join(': ') : 'no code or message';
}
