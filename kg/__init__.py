"""The model and the stages that turn one report into facts with evidence:
read → clean → segment → metadata → extract → resolve → graph (kg.model holds the typed objects
passed between them). This package writes no file and runs no query: the writers are in loaders/,
the command line, the build and the query engines in kgapp/.
"""
