<?php
/**
 * Plugin Name:       JITCO elements
 * Plugin URI:        https://www.npmjs.com/package/jitco-elements
 * Description:       JITCO's greeting, the program's history and the notice of JITCO's 2020 name change, in your visitors' language: three blocks and three shortcodes that every user who writes posts can add.
 * Version:           __VERSION__
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            JITCO
 * License:           MIT
 * Text Domain:       jitco-elements
 * Domain Path:       /languages
 *
 * @package jitco-elements
 */

// The plugin's rules, one file each: what the elements are (the registry the build wrote,
// build/elements.json), how an element becomes HTML (render.php), the blocks and the
// shortcodes that call it, the one script, and the settings page.

defined( 'ABSPATH' ) || exit;

define( 'JITCO_ELEMENTS_FILE', __FILE__ );
define( 'JITCO_ELEMENTS_DIR', __DIR__ );

require_once __DIR__ . '/includes/registry.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/script.php';
require_once __DIR__ . '/includes/blocks.php';
require_once __DIR__ . '/includes/shortcodes.php';
require_once __DIR__ . '/includes/settings.php';

add_action(
	'init',
	static function () {
		load_plugin_textdomain( 'jitco-elements', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );
	},
	// Before the blocks register (priority 10): their titles are translated as they do.
	0
);
