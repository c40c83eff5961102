import sys

try:
    from notelint.cli import main
except ModuleNotFoundError as exc:  # run from a checkout without its dependencies installed
    print(f"notelint: missing dependency {exc.name!r}: install notelint with pip (pip install -e .)", file=sys.stderr)
    sys.exit(2)

main()
