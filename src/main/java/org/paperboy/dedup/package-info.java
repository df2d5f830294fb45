/**
 * Deciding which records are the same paper and how their fields combine. Pure functions over
 * domain records: matching keys, merge rules and (later) scored matching and overrides.
 */
package org.paperboy.dedup;
