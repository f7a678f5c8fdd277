"""One module per document format; each registers a Parser on import."""
