"""Optional integrations with other libraries, each behind its own extra.

prparse.contrib.dask    `pip install prparse[dask]`: releases as a Dask bag or data frame
"""
