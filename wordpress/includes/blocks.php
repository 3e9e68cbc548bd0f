<?php
/**
 * The blocks `jitco/greeting`, `jitco/timeline`, `jitco/name-change-notice`: registered from
 * their block.json (written by the build from the registry), rendered on the server from their
 * attributes by jitco_elements_render(). Being dynamic, a block's saved markup is only its
 * attributes: an Author's or Contributor's post renders exactly like an Administrator's.
 *
 * @package jitco-elements
 */

defined( 'ABSPATH' ) || exit;

add_action( 'init', 'jitco_elements_register_blocks' );

/**
 * Registers the editor script and the three blocks.
 */
function jitco_elements_register_blocks() {
	$registry = jitco_elements_registry();
	wp_register_script(
		'jitco-elements-editor',
		plugins_url( 'build/editor.js', JITCO_ELEMENTS_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
		$registry['version'] ?? null,
		true
	);
	wp_add_inline_script( 'jitco-elements-editor', 'window.jitcoElementsEditor = ' . wp_json_encode( jitco_elements_editor_settings() ) . ';', 'before' );
	wp_register_style( 'jitco-elements-editor', plugins_url( 'build/editor.css', JITCO_ELEMENTS_FILE ), array(), $registry['version'] ?? null );

	foreach ( $registry['elements'] as $element ) {
		$tag = $element['tag'];
		register_block_type(
			JITCO_ELEMENTS_DIR . '/blocks/' . $element['name'],
			array(
				'render_callback' => static function ( $attributes ) use ( $tag ) {
					return jitco_elements_render_block( $tag, $attributes );
				},
			)
		);
	}
}

/**
 * A block's HTML; adds the script to the page.
 *
 * @param string               $tag        The element's tag.
 * @param array<string, mixed> $attributes The block's attributes (camelCase, as block.json names them).
 * @return string
 */
function jitco_elements_render_block( $tag, $attributes ) {
	$element = jitco_elements_element( $tag );
	$values  = array( 'class' => trim( 'wp-block-jitco-' . $element['name'] . ' ' . ( $attributes['className'] ?? '' ) ) );
	foreach ( $element['attributes'] as $attribute ) {
		if ( array_key_exists( $attribute['property'], $attributes ) ) {
			$values[ $attribute['name'] ] = $attributes[ $attribute['property'] ];
		}
	}
	jitco_elements_enqueue_script();
	return jitco_elements_render( $tag, $values, (string) ( $attributes['data'] ?? '' ), (string) ( $attributes['fallback'] ?? '' ) );
}

/**
 * What the block editor's script needs from the server: its words in the site's language, the
 * elements' languages, and the page's language.
 *
 * @return array<string, mixed>
 */
function jitco_elements_editor_settings() {
	return array(
		'pageLanguage' => str_replace( '_', '-', get_locale() ),
		'words'        => array(
			'element'          => __( 'Element', 'jitco-elements' ),
			'content'          => __( 'Content', 'jitco-elements' ),
			'form'             => __( 'Form', 'jitco-elements' ),
			'json'             => __( 'JSON', 'jitco-elements' ),
			'contentJson'      => __( 'Content as JSON', 'jitco-elements' ),
			'jsonHelp'         => __( 'Leave empty for the element’s own content.', 'jitco-elements' ),
			'unreadable'       => __( 'This JSON cannot be read:', 'jitco-elements' ),
			'pageLanguage'     => __( 'The page’s language', 'jitco-elements' ),
			'useDefault'       => __( 'Start from the element’s own content', 'jitco-elements' ),
			'reset'            => __( 'Use the element’s own content', 'jitco-elements' ),
			'none'             => __( 'None', 'jitco-elements' ),
			'lang'             => __( 'Language', 'jitco-elements' ),
			'heading-level'    => __( 'Heading level', 'jitco-elements' ),
			'order'            => __( 'Order', 'jitco-elements' ),
			'group-by'         => __( 'Group by', 'jitco-elements' ),
			'collapsed'        => __( 'Collapsed (Read more)', 'jitco-elements' ),
			'dismissible'      => __( 'Dismissible', 'jitco-elements' ),
			'notice-id'        => __( 'Notice ID', 'jitco-elements' ),
			'hide-after'       => __( 'Hide after (date)', 'jitco-elements' ),
			'src'              => __( 'Content file URL', 'jitco-elements' ),
			'problems'         => __( 'The content has problems; the element shows them:', 'jitco-elements' ),
		),
	);
}
