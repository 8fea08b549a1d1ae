// Nothing to import: the declarations are the libraries' own headers (module CPangoCairo); this
// target only defines them, as stubs that open the libraries on first use (LazyPangoCairo.c).
