// word-extractor ships no types; this is the part nianbao uses.
declare module 'word-extractor' {
  interface ExtractedDocument {
    getBody(options?: { filterUnicode?: boolean }): string
  }
  export default class WordExtractor {
    extract(source: string | Buffer): Promise<ExtractedDocument>
  }
}
