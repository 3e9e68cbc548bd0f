<?php
/**
 * The shortcodes `[jitco_greeting]`, `[jitco_timeline]`, `[jitco_name_change_notice]`, for the
 * Classic editor, widgets and page builders: the element's attributes as shortcode attributes
 * (`lang="vi" order="desc"`, `heading-level` or `heading_level`, a bare `dismissible`), its
 * content as JSON between the opening and the closing tag.
 *
 * In a post, WordPress runs shortcodes after wptexturize (curly quotes) and wpautop (`<p>`,
 * `<br />`) have changed the text between the tags. So ours run first (priority 8, as WordPress's
 * own [embed] does), leave a placeholder that those filters pass over, and the element's HTML
 * replaces the placeholder after them (priority 12): the JSON reaches the element unchanged.
 *
 * @package jitco-elements
 */

defined( 'ABSPATH' ) || exit;

add_action( 'init', 'jitco_elements_register_shortcodes' );
foreach ( array( 'the_content', 'widget_text_content' ) as $jitco_elements_filter ) {
	add_filter( $jitco_elements_filter, 'jitco_elements_shortcodes_early', 8 );
	add_filter( $jitco_elements_filter, 'jitco_elements_restore_placeholders', 12 );
}
unset( $jitco_elements_filter );

/**
 * Registers the shortcodes for every other place that runs do_shortcode() (widgets, page
 * builders, themes), where the element's HTML is returned directly.
 */
function jitco_elements_register_shortcodes() {
	foreach ( jitco_elements_registry()['elements'] as $element ) {
		add_shortcode( $element['shortcode'], 'jitco_elements_shortcode' );
	}
}

/**
 * A shortcode's HTML; adds the script to the page.
 *
 * @param array|string $atts    The shortcode's attributes ('' when it has none).
 * @param string|null  $content The text between the tags.
 * @param string       $name    The shortcode's name.
 * @return string
 */
function jitco_elements_shortcode( $atts, $content, $name ) {
	$tag     = str_replace( '_', '-', $name );
	$element = jitco_elements_element( $tag );
	if ( null === $element ) {
		return '';
	}
	$given = array();
	foreach ( (array) $atts as $key => $value ) {
		// A bare attribute (`[jitco_name_change_notice dismissible]`) comes as a numbered value.
		if ( is_int( $key ) ) {
			$given[ jitco_elements_attribute_key( (string) $value ) ] = true;
		} else {
			$given[ jitco_elements_attribute_key( (string) $key ) ] = $value;
		}
	}
	$values = array();
	foreach ( $element['attributes'] as $attribute ) {
		foreach ( array( $attribute['name'], strtolower( $attribute['property'] ) ) as $key ) {
			if ( array_key_exists( $key, $given ) ) {
				$values[ $attribute['name'] ] = $given[ $key ];
			}
		}
	}
	jitco_elements_enqueue_script();
	return jitco_elements_render( $tag, $values, jitco_elements_shortcode_json( (string) $content ), '' );
}

/**
 * A shortcode attribute's name as the registry spells attributes: lower case, `-` for `_`.
 *
 * @param string $key The name as written.
 * @return string
 */
function jitco_elements_attribute_key( $key ) {
	return str_replace( '_', '-', strtolower( trim( $key ) ) );
}

/**
 * The JSON between the tags. Typed in the Classic editor's Visual tab it may arrive as HTML
 * (`<p>`, `<br />`, `&quot;`): when the text is not JSON as it is, the text of that HTML is tried.
 *
 * @param string $content The text between the tags.
 * @return string
 */
function jitco_elements_shortcode_json( $content ) {
	$content = trim( $content );
	// Saved by a user without `unfiltered_html`, the text went through kses, which writes `&`,
	// `<` and `>` as entities: read back as they were typed.
	$post = get_post();
	if ( $post && ! user_can( (int) $post->post_author, 'unfiltered_html' ) ) {
		$content = strtr( $content, array( '&amp;' => '&', '&lt;' => '<', '&gt;' => '>' ) );
	}
	if ( '' === $content || null !== json_decode( $content ) ) {
		return $content;
	}
	$text = trim( html_entity_decode( wp_strip_all_tags( $content ), ENT_QUOTES | ENT_HTML5, 'UTF-8' ) );
	return null !== json_decode( $text ) ? $text : $content;
}

/**
 * The HTML of the elements rendered before wpautop, by number.
 *
 * @param string|null $html HTML to keep; null to read.
 * @return array<int, string>|int The kept HTML (reading), or the new one's number.
 */
function jitco_elements_placeholders( $html = null ) {
	static $kept = array();
	if ( null === $html ) {
		return $kept;
	}
	$kept[] = $html;
	return count( $kept ) - 1;
}

/**
 * Runs only our shortcodes, each into a placeholder (an HTML comment, which wptexturize and
 * wpautop leave alone).
 *
 * @param string $content The post's content.
 * @return string
 */
function jitco_elements_shortcodes_early( $content ) {
	global $shortcode_tags;
	if ( ! is_string( $content ) || false === strpos( $content, '[jitco_' ) ) {
		return $content;
	}
	$all = $shortcode_tags;
	// phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited -- restored below, as WP_Embed::run_shortcode does.
	$shortcode_tags = array();
	foreach ( jitco_elements_registry()['elements'] as $element ) {
		add_shortcode(
			$element['shortcode'],
			static function ( $atts, $inner, $name ) {
				return '<!--jitco-elements:' . jitco_elements_placeholders( jitco_elements_shortcode( $atts, $inner, $name ) ) . '-->';
			}
		);
	}
	$content = do_shortcode( $content, true );
	// phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
	$shortcode_tags = $all;
	return $content;
}

/**
 * Puts each element's HTML where its placeholder is, without the paragraph or line break that
 * wpautop put around it.
 *
 * @param string $content The post's content.
 * @return string
 */
function jitco_elements_restore_placeholders( $content ) {
	if ( ! is_string( $content ) || false === strpos( $content, '<!--jitco-elements:' ) ) {
		return $content;
	}
	$kept = jitco_elements_placeholders();
	return preg_replace_callback(
		'#<p>\s*<!--jitco-elements:(\d+)-->\s*(?:<br\s*/?>\s*)?</p>|<!--jitco-elements:(\d+)-->(?:<br\s*/?>)?#',
		static function ( $match ) use ( $kept ) {
			return $kept[ (int) ( '' !== $match[1] ? $match[1] : $match[2] ) ] ?? '';
		},
		$content
	);
}
