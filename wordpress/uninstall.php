<?php
/**
 * Deleting the plugin removes its one option. Posts keep their blocks and shortcodes (they are
 * the authors' content); without the plugin they render nothing.
 *
 * @package jitco-elements
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'jitco_elements_script_source' );
