/**
 * Dense text embeddings: the {@link org.paperboy.embed.Encoder} interface, an in-process ONNX
 * Runtime encoder for a model shipped inside a Maven artifact, a file cache keyed by model and text
 * (evaluations), and {@link org.paperboy.embed.PaperEmbedder}, which fills the store's embedding
 * cache from papers' texts as defined by {@link org.paperboy.embed.PaperText}.
 */
package org.paperboy.embed;
