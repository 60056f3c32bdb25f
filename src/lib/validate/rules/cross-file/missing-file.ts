/** A file or folder that must exist does not: debate.yaml, the folder to validate, a source text named in sources.yaml. */
import { rule } from '../rule';

export default rule({
	code: 'missing-file',
	severity: 'error',
	layer: 'cross-file',
	raisedBy: 'validate-debate.ts, read-dir.server.ts',
	description:
		'A file or folder that must exist does not: debate.yaml, the folder to validate, a source text named in sources.yaml.'
});
