"""The command line: above the core and the uploader, which never import it. Entry: photowalk.cli.main."""
