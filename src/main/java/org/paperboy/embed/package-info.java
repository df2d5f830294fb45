/**
 * Dense text embeddings: the {@link org.paperboy.embed.Encoder} interface, an in-process ONNX
 * Runtime encoder for a model shipped inside a Maven artifact, and a cache keyed by model and text.
 */
package org.paperboy.embed;
