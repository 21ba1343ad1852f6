/**
 * The namespace of the waivers part, alone in a module so that the Word adapter can find the
 * part without loading the XML reader. The version is part of the name: a later format gets
 * a namespace of its own.
 */
export const WAIVERS_NAMESPACE = "urn:vanban:waivers:1";
/** Any version of the format, this one or a later one. */
export const WAIVERS_NAMESPACE_PREFIX = "urn:vanban:waivers:";
