"""Brand knowledge: guidance files, embeddings and the vector store."""
