#!/usr/bin/env python
from mgi.cli import main

if __name__ == "__main__":
    main()
