/**
 * The only platform globals core may use: they exist identically in browsers and Node 20.
 * Declared here because core compiles without the DOM and Node type libraries, so that
 * any other browser or Node API is a type error (docs/architecture.md).
 */
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input?: Uint8Array): string;
}
declare function structuredClone<T>(value: T): T;
