// Types for graphology-gexf's environment-neutral writer, imported directly so shared code does not pull
// in the browser parser (which needs DOMParser) or the Node parser (which needs xmldom).
declare module 'graphology-gexf/common/writer.js' {
  import type Graph from 'graphology-types';
  import type { GexfWriterOptions } from 'graphology-gexf/common/types';
  const write: (graph: Graph, options?: GexfWriterOptions) => string;
  export default write;
}
