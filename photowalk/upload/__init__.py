"""Upload engine: photos from a project to a MediaWiki (Commons by default) through mwclient.

No Qt here: the CLI drives it now and the GUI later, through callbacks. Entry points:
`queue.UploadBatch` (a batch with progress, pause, cancel), `plan.plan_upload` (which photos of
a project go, with which title and page text), `credentials` (the keyring) and `cli.register`.
"""
