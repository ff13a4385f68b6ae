// Untrusted XML to a DOM, safely: DTDs (and with them external entities and entity
// expansion) are refused before parsing; every parse error names its line and column.
import { DOMParser, type Document as XmlDocument } from '@xmldom/xmldom';
import { InputError } from '../scenario/errors.js';

export type { XmlDocument };

/** Line (1-based) of character offset `at`. */
export function lineAt(text: string, at: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * Refuse document type declarations. GEXF and GraphML never need one, and a DTD is
 * where external entities (file or network reads) and exponential entity expansion
 * ("billion laughs") are declared. @xmldom/xmldom 0.9 resolves neither, but refusing
 * the declaration outright gives one clear message and does not rely on that.
 */
export function refuseDoctype(text: string, source: string): void {
  const m = /<!(DOCTYPE|ENTITY)/i.exec(text);
  if (m) {
    throw new InputError(source, [
      {
        path: `line ${lineAt(text, m.index)}`,
        message: `<!${m[1].toUpperCase()}> declarations are not accepted (a DTD can declare external or expanding entities)`,
      },
    ]);
  }
}

/** Parse XML text; warnings are ignored, errors and fatal errors reject the file. */
export function parseXml(text: string, source: string): XmlDocument {
  refuseDoctype(text, source);
  let problem: { line?: number; column?: number; message: string } | undefined;
  const parser = new DOMParser({
    locator: true,
    onError(level, message, context) {
      if (level === 'warning') return;
      const loc = (context as { locator?: { lineNumber?: number; columnNumber?: number } } | undefined)?.locator;
      problem = { line: loc?.lineNumber, column: loc?.columnNumber, message };
      throw new Error(message); // stop parsing; reported below
    },
  });
  let doc: XmlDocument | undefined;
  try {
    doc = parser.parseFromString(text, 'application/xml');
  } catch (e) {
    problem ??= { message: (e as Error).message };
  }
  if (problem || !doc || !doc.documentElement) {
    const p = problem ?? { message: 'no root element' };
    const where = p.line ? `line ${p.line}${p.column ? `, column ${p.column}` : ''}` : '';
    throw new InputError(source, [{ path: where, message: `malformed XML: ${p.message.trim()}` }]);
  }
  return doc;
}
