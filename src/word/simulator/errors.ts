/**
 * Errors shaped like Office.js's `OfficeExtension.Error`: a `code` the adapter can test and
 * Office's English message, so code written against the simulator handles real Word's errors.
 */
export type SimErrorCode =
  | "PropertyNotLoaded"
  | "InvalidArgument"
  | "InvalidObjectPath"
  | "ItemNotFound"
  | "SearchStringInvalidOrTooLong"
  /** Word refuses every search while its Find and Replace dialog is open. */
  | "SearchDialogIsOpen"
  /** Word on the web: one sync's answer (or request) is larger than the service takes. */
  | "ResponsePayloadSizeLimitExceeded"
  | "RequestPayloadSizeLimitExceeded"
  | "ApiNotFound"
  | "GeneralException"
  | "NotImplemented";

export class SimOfficeError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(
    readonly code: SimErrorCode,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message, errorLocation };
  }
}

export function propertyNotLoaded(property: string): SimOfficeError {
  return new SimOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

export function invalidObjectPath(): SimOfficeError {
  return new SimOfficeError(
    "InvalidObjectPath",
    `The object path isn't working for what you're trying to do. If you're using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object's lifetime.`,
  );
}
