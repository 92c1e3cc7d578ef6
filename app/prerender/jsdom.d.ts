// The one part of jsdom the build uses (render-pages.tsx): a document to run the live patch in.
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string);
    readonly window: Window & typeof globalThis;
  }
}
