/** A file name, folder name or referenced id is not a lowercase kebab-case id. */
import { rule } from '../rule';

export default rule({
	code: 'bad-id',
	severity: 'error',
	layer: 'file',
	raisedBy: 'schema-issues.ts, check-file.ts, validate-debate.ts',
	description: 'A file name, folder name or referenced id is not a lowercase kebab-case id.'
});
