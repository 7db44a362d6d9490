# Not run by Stepwise: the revision headers are read statically.
