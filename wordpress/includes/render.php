<?php
/**
 * How an element becomes HTML, for a block and a shortcode alike: the tag, its attributes
 * escaped, the content as a JSON script, and the no-JavaScript HTML inside. Every value here
 * comes from someone who writes posts (an Author, a Contributor), so each one is escaped for
 * where it goes and nothing else can reach the page: the element validates the values themselves
 * and reports a bad one in its own words (its `jitco-error` event), as it does on any page.
 *
 * @package jitco-elements
 */

defined( 'ABSPATH' ) || exit;

add_filter( 'no_texturize_tags', 'jitco_elements_no_texturize' );

/**
 * The elements' tags among those wptexturize leaves alone: a block's HTML goes through the
 * post's filters after it renders, and curly quotes would change the element's text.
 *
 * @param string[] $tags Tags whose text is not texturized.
 * @return string[]
 */
function jitco_elements_no_texturize( $tags ) {
	foreach ( jitco_elements_registry()['elements'] as $element ) {
		$tags[] = $element['tag'];
	}
	return $tags;
}

/**
 * The HTML of one element.
 *
 * @param string               $tag      The element's tag (one of the registry's).
 * @param array<string, mixed> $values   Attribute values by attribute name (`heading-level`).
 * @param string               $data     The content as JSON text; '' for the element's own.
 * @param string               $fallback The no-JavaScript HTML the block editor made from the
 *                                       element's own render; '' for none.
 * @return string
 */
function jitco_elements_render( $tag, array $values, $data, $fallback = '' ) {
	$element = jitco_elements_element( $tag );
	if ( null === $element ) {
		return '';
	}
	$html = '<' . $tag;
	if ( isset( $values['class'] ) && is_string( $values['class'] ) ) {
		$classes = array_filter( array_map( 'sanitize_html_class', preg_split( '/\s+/', $values['class'] ) ) );
		if ( $classes ) {
			$html .= ' class="' . esc_attr( implode( ' ', $classes ) ) . '"';
		}
	}
	foreach ( $element['attributes'] as $attribute ) {
		$name = $attribute['name'];
		if ( 'data' === $name || ! array_key_exists( $name, $values ) ) {
			continue;
		}
		$value = jitco_elements_attribute_value( $attribute, $values[ $name ] );
		if ( true === $value ) {
			$html .= ' ' . $name;
		} elseif ( is_string( $value ) ) {
			$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
		}
	}
	$data   = is_string( $data ) ? trim( $data ) : '';
	$script = '';
	if ( '' !== $data ) {
		$content = json_decode( $data );
		if ( null === $content && JSON_ERROR_NONE !== json_last_error() ) {
			// Unreadable JSON goes to the element as written: it says what is wrong and where.
			$html .= ' data="' . esc_attr( $data ) . '"';
		} else {
			// Written again by PHP: `<`, `>` and `&` as JSON escapes, so nothing in the content
			// can end the script (`</script>`) or open a comment; the element reads the same JSON.
			$json   = wp_json_encode( $content, JSON_HEX_TAG | JSON_HEX_AMP | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES );
			$script = '<script type="application/json">' . $json . '</script>';
		}
	}
	return $html . '>' . $script . jitco_elements_fallback( $fallback ) . '</' . $tag . '>';
}

/**
 * What an attribute's value becomes in the tag: true for a present boolean attribute, a string,
 * or null to leave the attribute out. Types are coerced here; allowed values are the element's
 * to check, so that a bad one is reported in the element's words.
 *
 * @param array<string, mixed> $attribute The registry's attribute.
 * @param mixed                $value     The block's or shortcode's value.
 * @return true|string|null
 */
function jitco_elements_attribute_value( array $attribute, $value ) {
	if ( null === $value ) {
		return null;
	}
	switch ( $attribute['type'] ) {
		case 'boolean':
			if ( is_string( $value ) ) {
				$value = ! in_array( strtolower( trim( $value ) ), array( '0', 'false', 'no', 'off' ), true );
			}
			return $value ? true : null;
		case 'url':
			$url = esc_url_raw( trim( (string) $value ), array( 'http', 'https' ) );
			return '' === $url ? null : $url;
		default:
			// For `lang`, '' is the page's language: left out, the element reads the theme's `<html lang>`.
			if ( ! is_scalar( $value ) ) {
				return null;
			}
			$value = trim( (string) $value );
			return '' === $value ? null : $value;
	}
}

/**
 * The no-JavaScript HTML, reduced to the tags and attributes the elements render (the
 * registry's `fallback` lists, the same lists the block editor keeps): no script, no event
 * handler, no `javascript:` link, whoever saved it.
 *
 * @param string $fallback HTML.
 * @return string
 */
function jitco_elements_fallback( $fallback ) {
	if ( ! is_string( $fallback ) || '' === trim( $fallback ) ) {
		return '';
	}
	// The block editor saves it as a JSON string (its `<`, `>`, `&` escaped, like the content).
	$decoded = json_decode( $fallback );
	if ( is_string( $decoded ) ) {
		$fallback = $decoded;
	}
	$registry = jitco_elements_registry()['fallback'];
	$allowed  = array();
	foreach ( $registry['tags'] as $tag ) {
		$allowed[ $tag ] = array_fill_keys( $registry['attributes'], true );
	}
	return wp_kses( $fallback, $allowed );
}
