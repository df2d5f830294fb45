/**
 * The web UI and JSON API (Javalin + precompiled JTE templates + htmx), configured through one
 * {@link org.paperboy.web.WebConfig}. Every page has a JSON twin under {@code /api}.
 */
package org.paperboy.web;
