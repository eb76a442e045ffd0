# Replaces the contributed PyInstaller hook for nltk (reader.spec passes this folder as hookspath,
# which takes precedence). reader uses nltk's data-free parts only (the Porter stemmer, Punkt with
# its own parameters), so this collects neither nltk's doctests nor any nltk_data folder the build
# machine happens to have: just the VERSION file nltk reads when it is imported.
from PyInstaller.utils.hooks import collect_data_files

datas = collect_data_files("nltk", includes=["VERSION"])
