"""photowalk: from a camera folder to finished files on Wikimedia Commons."""

__version__ = "0.1.0"
APP_NAME = "photowalk"
APP_URL = "https://github.com/tajik-wikimedians/photowalk"
