<?php
/**
 * Settings › JITCO elements: where visitors' browsers load the script from. The only setting,
 * one option (`jitco_elements_script_source`), removed by uninstall.php.
 *
 * @package jitco-elements
 */

defined( 'ABSPATH' ) || exit;

add_action( 'admin_init', 'jitco_elements_register_setting' );
add_action( 'admin_menu', 'jitco_elements_settings_menu' );

/**
 * The option and its one rule: 'local' unless 'cdn' is chosen.
 */
function jitco_elements_register_setting() {
	register_setting(
		'jitco_elements',
		'jitco_elements_script_source',
		array(
			'type'              => 'string',
			'default'           => 'local',
			'sanitize_callback' => static function ( $value ) {
				return 'cdn' === $value ? 'cdn' : 'local';
			},
		)
	);
}

/**
 * The page under Settings.
 */
function jitco_elements_settings_menu() {
	add_options_page(
		__( 'JITCO elements', 'jitco-elements' ),
		__( 'JITCO elements', 'jitco-elements' ),
		'manage_options',
		'jitco-elements',
		'jitco_elements_settings_page'
	);
}

/**
 * The settings page.
 */
function jitco_elements_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$source  = jitco_elements_script_source();
	$choices = array(
		'local' => __( 'This site (the plugin’s own copy): visitors’ browsers ask no other site.', 'jitco-elements' ),
		'cdn'   => __( 'The jsDelivr CDN: the same file, checked by its integrity value, from cdn.jsdelivr.net.', 'jitco-elements' ),
	);
	?>
	<div class="wrap">
		<h1><?php esc_html_e( 'JITCO elements', 'jitco-elements' ); ?></h1>
		<form method="post" action="options.php">
			<?php settings_fields( 'jitco_elements' ); ?>
			<fieldset>
				<legend><h2><?php esc_html_e( 'Where visitors load the script from', 'jitco-elements' ); ?></h2></legend>
				<?php foreach ( $choices as $value => $label ) : ?>
					<p><label>
						<input type="radio" name="jitco_elements_script_source" value="<?php echo esc_attr( $value ); ?>" <?php checked( $source, $value ); ?>>
						<?php echo esc_html( $label ); ?>
					</label></p>
				<?php endforeach; ?>
			</fieldset>
			<?php submit_button(); ?>
		</form>
	</div>
	<?php
}
