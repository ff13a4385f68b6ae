// graphology's GEXF and GraphML parsers bound to our own @xmldom/xmldom (0.9), so the
// documents they read are the ones xml-document.ts parsed with DTDs refused.
import { DOMParser } from '@xmldom/xmldom';
import createGexfParser from 'graphology-gexf/common/parser.js';
import createGraphmlParser from 'graphology-graphml/common/parser.js';

// The Document class of this xmldom, for the parsers' `instanceof Document` check.
const XmlDocumentClass = new DOMParser().parseFromString('<t/>', 'application/xml').constructor;

export const parseGexfDocument = createGexfParser(DOMParser, XmlDocumentClass);
export const parseGraphmlDocument = createGraphmlParser(DOMParser, XmlDocumentClass);
