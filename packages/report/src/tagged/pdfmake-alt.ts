/**
 * pdfmake's types know no alternative text; the structure hooks read `alt` from figures (svg,
 * image, and canvas nodes that draw a chart rather than a rule).
 */
declare module 'pdfmake/interfaces.js' {
  interface ContentSvg {
    /** What the figure shows, in words and numbers, in the report's language. */
    alt?: string;
  }
  interface ContentImage {
    alt?: string;
  }
  interface ContentCanvas {
    alt?: string;
  }
}

export {};
