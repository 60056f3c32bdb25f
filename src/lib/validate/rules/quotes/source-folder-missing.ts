/** The `--sources` folder does not exist, so no quote was checked against its source. */
import { rule } from '../rule';

export default rule({
	code: 'source-folder-missing',
	severity: 'warning',
	layer: 'quotes',
	raisedBy: 'read-dir.server.ts',
	description: 'The `--sources` folder does not exist, so no quote was checked against its source.'
});
