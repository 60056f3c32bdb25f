import { fixture } from '$lib/testing/rule-fixture';

export default fixture({
	files: {
		// Differs only in case: the lowercase file is read, this one is reported once.
		'claims/Sea-Lanes.yaml':
			'text: Taiwan sits astride the sea lanes.\nkind: contention\nspeaker: alice\nsupports: [thesis]\n',
		// A .yml twin of a .yaml file.
		'claims/provocation.yml': 'text: Closer ties would provoke Beijing.\n'
	},
	expect: [
		'arguments/demo/claims/Sea-Lanes.yaml:1:1  The file name "Sea-Lanes" differs only in case from arguments/demo/claims/sea-lanes.yaml, so both give the claim id "sea-lanes"; this one is not read.',
		'arguments/demo/claims/provocation.yml:1:1  Two files give the id "provocation": arguments/demo/claims/provocation.yaml and arguments/demo/claims/provocation.yml.'
	],
	hint: 'Ids are lowercase. Merge anything missing from this file into arguments/demo/claims/sea-lanes.yaml, then delete this one.'
});
