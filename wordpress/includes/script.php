<?php
/**
 * The elements' one script, on pages that have an element and on no other: enqueued when a
 * block or shortcode renders, so WordPress prints it once. A block theme renders the page's
 * blocks before `wp_head`, so there it lands in `<head>` (fetched earliest); in a classic theme,
 * where the content renders after `<head>`, it lands before `</body>`. Either way it is a module
 * script, which never blocks the page from rendering. From the plugin's own copy by default (no
 * request to another site), or from the CDN when the admin chooses so (Settings › JITCO
 * elements); with its Subresource Integrity value and `crossorigin` both ways.
 *
 * @package jitco-elements
 */

defined( 'ABSPATH' ) || exit;

const JITCO_ELEMENTS_SCRIPT = 'jitco-elements';

/**
 * Where the script comes from: 'local' (the plugin's copy) or 'cdn'.
 *
 * @return string
 */
function jitco_elements_script_source() {
	return 'cdn' === get_option( 'jitco_elements_script_source', 'local' ) ? 'cdn' : 'local';
}

/**
 * The script's URL for the chosen source.
 *
 * @return string
 */
function jitco_elements_script_url() {
	$script = jitco_elements_registry()['script'];
	return 'cdn' === jitco_elements_script_source() ? $script['cdn'] : plugins_url( 'assets/' . $script['file'], JITCO_ELEMENTS_FILE );
}

/**
 * Adds the script to this page (once, however many elements it has).
 */
function jitco_elements_enqueue_script() {
	if ( is_admin() || wp_script_is( JITCO_ELEMENTS_SCRIPT, 'enqueued' ) ) {
		return;
	}
	// No `ver` query: the file's name is its version, and its integrity value is checked. Asked
	// for `<head>`: WordPress prints it in the footer when `<head>` is already out.
	wp_enqueue_script( JITCO_ELEMENTS_SCRIPT, jitco_elements_script_url(), array(), null, false ); // phpcs:ignore WordPress.WP.EnqueuedResourceParameters.MissingVersion
}

add_filter( 'script_loader_tag', 'jitco_elements_script_tag', 10, 3 );

/**
 * Our script as a module, with its integrity value and `crossorigin` (WordPress 6.1 prints
 * neither).
 *
 * @param string $html   The tag WordPress made.
 * @param string $handle The script's handle.
 * @param string $src    Its URL.
 * @return string
 */
function jitco_elements_script_tag( $html, $handle, $src ) {
	if ( JITCO_ELEMENTS_SCRIPT !== $handle ) {
		return $html;
	}
	$script = jitco_elements_registry()['script'];
	return sprintf(
		'<script type="module" src="%s" integrity="%s" crossorigin="anonymous" id="jitco-elements-js"></script>' . "\n",
		esc_url( $src ),
		esc_attr( $script['integrity'] )
	);
}

add_action( 'enqueue_block_editor_assets', 'jitco_elements_editor_assets' );

/**
 * In the block editor the elements come with the editor's script (one bundle, which defines
 * them for the live preview), in the site's language.
 */
function jitco_elements_editor_assets() {
	wp_enqueue_style( 'jitco-elements-editor' );
}
