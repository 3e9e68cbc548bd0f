<?php
/**
 * The elements as data: build/elements.json, written by `npm run build` from the library's
 * registry (src/elements.ts), so the plugin never restates a tag, an attribute or an allowed value.
 *
 * @package jitco-elements
 */

defined( 'ABSPATH' ) || exit;

/**
 * The registry: `elements` (tag, block, shortcode, attributes), `languages`, `fallback`
 * (the tags and attributes of the no-JavaScript HTML), `script` (file, integrity, CDN URL).
 *
 * @return array<string, mixed>
 */
function jitco_elements_registry() {
	static $registry = null;
	if ( null === $registry ) {
		$text     = file_get_contents( JITCO_ELEMENTS_DIR . '/build/elements.json' ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of the plugin.
		$registry = json_decode( (string) $text, true );
		if ( ! is_array( $registry ) ) {
			$registry = array(
				'elements'  => array(),
				'languages' => array(),
				'fallback'  => array(),
				'script'    => array(),
			);
		}
	}
	return $registry;
}

/**
 * One element's entry, by tag; null when the tag is not one of ours.
 *
 * @param string $tag The element's tag.
 * @return array<string, mixed>|null
 */
function jitco_elements_element( $tag ) {
	foreach ( jitco_elements_registry()['elements'] as $element ) {
		if ( $element['tag'] === $tag ) {
			return $element;
		}
	}
	return null;
}
