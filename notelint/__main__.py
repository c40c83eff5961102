from notelint.cli import main

main()
