"""The worker process: a project's long jobs (import, checks, upload) away from the window's interpreter."""
