/**
 * XML from a foreign tool, checked before any parser sees it: a file that declares entities
 * (`<!ENTITY …>`, the way to "billion laughs" expansion and to reading local files through
 * external entities) or that nests elements absurdly deep is refused with an ImportError that
 * says where and why, never a parser's internal message (reliability review F15). The formats
 * Crux imports (arggraph) use neither.
 */
import { ImportError } from './types';

/** arggraph nests three levels; anything near this is not an argument map. */
export const MAX_XML_DEPTH = 100;

function lineCol(text: string, offset: number): { line: number; column: number } {
	const before = text.slice(0, offset).split('\n');
	return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** Throws an ImportError, located, when `xml` declares entities or nests too deeply. */
export function checkXml(xml: string, what: string): void {
	const entity = /<!ENTITY\b/i.exec(xml);
	if (entity) {
		const { line, column } = lineCol(xml, entity.index);
		throw new ImportError(
			`This ${what} file declares an XML entity (line ${line}, column ${column}). ${what} files do not use entities, and Crux never expands them (they can blow up in size or read other files), so nothing was read.`,
			line,
			column
		);
	}
	// Opening and closing tags, skipping comments, CDATA, declarations and processing instructions.
	const token =
		/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\?[\s\S]*?\?>|<(\/?)[A-Za-z_][^\s/>]*(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/g;
	let depth = 0;
	for (let m = token.exec(xml); m; m = token.exec(xml)) {
		if (m[1] === undefined) continue;
		if (m[1] === '/') depth--;
		else if (m[2] !== '/' && ++depth > MAX_XML_DEPTH) {
			const { line, column } = lineCol(xml, m.index);
			throw new ImportError(
				`This ${what} file nests elements more than ${MAX_XML_DEPTH} deep (line ${line}, column ${column}), far more than any argument map; nothing was read.`,
				line,
				column
			);
		}
	}
}
