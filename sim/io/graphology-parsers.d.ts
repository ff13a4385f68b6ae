// Types for the format-neutral parser factories and the GEXF writer of graphology-gexf and
// graphology-graphml, imported directly so they run on our safely configured xmldom.
declare module 'graphology-gexf/common/parser.js' {
  import type Graph from 'graphology';
  type Parse = (GraphClass: typeof Graph, source: unknown, options?: { addMissingNodes?: boolean; allowUndeclaredAttributes?: boolean }) => Graph;
  export default function createParserFunction(DOMParser: unknown, Document: unknown): Parse;
}
declare module 'graphology-graphml/common/parser.js' {
  import type Graph from 'graphology';
  type Parse = (GraphClass: typeof Graph, source: unknown, options?: { addMissingNodes?: boolean }) => Graph;
  export default function createParserFunction(DOMParser: unknown, Document: unknown): Parse;
}
declare module 'graphology-gexf/common/writer.js' {
  import type Graph from 'graphology';
  export default function write(graph: Graph, options?: { version?: '1.2' | '1.3'; pretty?: boolean }): string;
}
