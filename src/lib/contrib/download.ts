/** Save text as a file in the browser (no server, no account): a Blob behind a temporary link. */
export function downloadText(name: string, text: string, type = 'application/yaml'): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	document.body.appendChild(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
