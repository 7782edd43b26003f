"""The public portal as static files: `mgi build_site OUTDIR`.

Pages are rendered by the live views (through Django's test client), then their links are made
relative and links to pages the folder does not hold are dropped, so that any web server or CDN
can serve the folder from any path.
"""
