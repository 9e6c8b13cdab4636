"""PyInstaller entry point for the Claim Ledger bundle: the same as the `claimledger` console script."""
import multiprocessing
import sys

from claimledger.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # harmless unless a worker process is ever spawned
    sys.exit(main())
