// Pango, Cairo and fontconfig, opened on the first call of one of these functions (see
// CLazyLibrary) instead of by the dynamic loader at every start: libpangocairo and the 35
// libraries under it (GIO, X11 and xcb through Cairo, HarfBuzz, FreeType…) cost each `bi` process
// about 5 ms to map and relocate, which commands that draw nothing never need. In two steps:
// measuring text (every chart, SVG included) needs only libpangoft2 and its 22 libraries, about
// half of that; drawing PNG and PDF adds libpangocairo with Cairo, pixman, libpng, X11 and xcb.
// Commands open them on background threads while they parse arguments and read data
// (`PangoFonts.prepareInBackground`). dlsym on a library's
// handle also finds the symbols of the libraries it depends on, so two handles serve all.
//
// Add a line here for every Pango, Cairo, GObject or fontconfig function the Swift code starts to
// use; a missing one is an undefined symbol at link time of the release build (scripts/build-release
// does not link these libraries). The stubs are hidden: the libraries' own calls never reach them.
#include <cairo.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>
#include <pango/pangoft2.h>
#include <fontconfig/fontconfig.h>
#include "CLazyLibrary.h"

static const char *const measuring[] = {"libpangoft2-1.0.so.0", "libpangoft2-1.0.so", NULL};
static struct smartbi_lazy_library pangoft2 = {"Charts", measuring, NULL};
static const char *const drawing[] = {"libpangocairo-1.0.so.0", "libpangocairo-1.0.so", NULL};
static struct smartbi_lazy_library pangocairo = {"PNG and PDF output", drawing, NULL};

SMARTBI_LAZY(pangoft2, FcBool, FcConfigAppFontAddFile, (FcConfig *a, const FcChar8 *b), (a, b))
SMARTBI_LAZY(pangoft2, FcConfig *, FcConfigCreate, (void), ())
SMARTBI_LAZY_VOID(pangoft2, FcConfigDestroy, (FcConfig *a), (a))
SMARTBI_LAZY(pangoft2, FcConfig *, FcConfigGetCurrent, (void), ())
SMARTBI_LAZY(pangoft2, FcBool, FcConfigSetCurrent, (FcConfig *a), (a))
SMARTBI_LAZY_VOID(pangocairo, cairo_arc, (cairo_t *a, double b, double c, double d, double e, double f),
                  (a, b, c, d, e, f))
SMARTBI_LAZY_VOID(pangocairo, cairo_close_path, (cairo_t *a), (a))
SMARTBI_LAZY(pangocairo, cairo_t *, cairo_create, (cairo_surface_t *a), (a))
SMARTBI_LAZY_VOID(pangocairo, cairo_curve_to, (cairo_t *a, double b, double c, double d, double e, double f, double g),
                  (a, b, c, d, e, f, g))
SMARTBI_LAZY_VOID(pangocairo, cairo_destroy, (cairo_t *a), (a))
SMARTBI_LAZY_VOID(pangocairo, cairo_fill, (cairo_t *a), (a))
SMARTBI_LAZY_VOID(pangocairo, cairo_fill_preserve, (cairo_t *a), (a))
SMARTBI_LAZY(pangocairo, cairo_font_options_t *, cairo_font_options_create, (void), ())
SMARTBI_LAZY_VOID(pangocairo, cairo_font_options_destroy, (cairo_font_options_t *a), (a))
SMARTBI_LAZY_VOID(pangocairo, cairo_font_options_set_antialias, (cairo_font_options_t *a, cairo_antialias_t b), (a, b))
SMARTBI_LAZY_VOID(pangocairo, cairo_font_options_set_hint_metrics, (cairo_font_options_t *a, cairo_hint_metrics_t b),
                  (a, b))
SMARTBI_LAZY_VOID(pangocairo, cairo_font_options_set_hint_style, (cairo_font_options_t *a, cairo_hint_style_t b),
                  (a, b))
SMARTBI_LAZY(pangocairo, int, cairo_format_stride_for_width, (cairo_format_t a, int b), (a, b))
SMARTBI_LAZY(pangocairo, cairo_surface_t *, cairo_image_surface_create, (cairo_format_t a, int b, int c), (a, b, c))
SMARTBI_LAZY(pangocairo, cairo_surface_t *, cairo_image_surface_create_for_data, (unsigned char *a, cairo_format_t b, int c, int d, int e),
             (a, b, c, d, e))
SMARTBI_LAZY(pangocairo, cairo_surface_t *, cairo_image_surface_create_from_png_stream, (cairo_read_func_t a, void *b), (a, b))
SMARTBI_LAZY(pangocairo, unsigned char *, cairo_image_surface_get_data, (cairo_surface_t *a), (a))
SMARTBI_LAZY(pangocairo, int, cairo_image_surface_get_height, (cairo_surface_t *a), (a))
SMARTBI_LAZY(pangocairo, int, cairo_image_surface_get_stride, (cairo_surface_t *a), (a))
SMARTBI_LAZY(pangocairo, int, cairo_image_surface_get_width, (cairo_surface_t *a), (a))
SMARTBI_LAZY_VOID(pangocairo, cairo_line_to, (cairo_t *a, double b, double c), (a, b, c))
SMARTBI_LAZY_VOID(pangocairo, cairo_move_to, (cairo_t *a, double b, double c), (a, b, c))
SMARTBI_LAZY_VOID(pangocairo, cairo_new_path, (cairo_t *a), (a))
SMARTBI_LAZY_VOID(pangocairo, cairo_new_sub_path, (cairo_t *a), (a))
SMARTBI_LAZY_VOID(pangocairo, cairo_paint, (cairo_t *a), (a))
SMARTBI_LAZY(pangocairo, int, cairo_pdf_surface_add_outline, (cairo_surface_t *a, int b, const char *c, const char *d, cairo_pdf_outline_flags_t e),
             (a, b, c, d, e))
SMARTBI_LAZY(pangocairo, cairo_surface_t *, cairo_pdf_surface_create_for_stream, (cairo_write_func_t a, void *b, double c, double d),
             (a, b, c, d))
SMARTBI_LAZY_VOID(pangocairo, cairo_pdf_surface_set_metadata, (cairo_surface_t *a, cairo_pdf_metadata_t b, const char *c),
                  (a, b, c))
SMARTBI_LAZY_VOID(pangocairo, cairo_rectangle, (cairo_t *a, double b, double c, double d, double e), (a, b, c, d, e))
SMARTBI_LAZY_VOID(pangocairo, cairo_restore, (cairo_t *a), (a))
SMARTBI_LAZY_VOID(pangocairo, cairo_rotate, (cairo_t *a, double b), (a, b))
SMARTBI_LAZY_VOID(pangocairo, cairo_save, (cairo_t *a), (a))
SMARTBI_LAZY_VOID(pangocairo, cairo_scale, (cairo_t *a, double b, double c), (a, b, c))
SMARTBI_LAZY_VOID(pangocairo, cairo_set_dash, (cairo_t *a, const double *b, int c, double d), (a, b, c, d))
SMARTBI_LAZY_VOID(pangocairo, cairo_set_fill_rule, (cairo_t *a, cairo_fill_rule_t b), (a, b))
SMARTBI_LAZY_VOID(pangocairo, cairo_set_line_cap, (cairo_t *a, cairo_line_cap_t b), (a, b))
SMARTBI_LAZY_VOID(pangocairo, cairo_set_line_join, (cairo_t *a, cairo_line_join_t b), (a, b))
SMARTBI_LAZY_VOID(pangocairo, cairo_set_line_width, (cairo_t *a, double b), (a, b))
SMARTBI_LAZY_VOID(pangocairo, cairo_set_source_rgb, (cairo_t *a, double b, double c, double d), (a, b, c, d))
SMARTBI_LAZY_VOID(pangocairo, cairo_set_source_rgba, (cairo_t *a, double b, double c, double d, double e),
                  (a, b, c, d, e))
SMARTBI_LAZY_VOID(pangocairo, cairo_show_page, (cairo_t *a), (a))
SMARTBI_LAZY(pangocairo, const char *, cairo_status_to_string, (cairo_status_t a), (a))
SMARTBI_LAZY_VOID(pangocairo, cairo_stroke, (cairo_t *a), (a))
SMARTBI_LAZY_VOID(pangocairo, cairo_surface_destroy, (cairo_surface_t *a), (a))
SMARTBI_LAZY_VOID(pangocairo, cairo_surface_finish, (cairo_surface_t *a), (a))
SMARTBI_LAZY_VOID(pangocairo, cairo_surface_flush, (cairo_surface_t *a), (a))
SMARTBI_LAZY_VOID(pangocairo, cairo_surface_mark_dirty, (cairo_surface_t *a), (a))
SMARTBI_LAZY(pangocairo, cairo_status_t, cairo_surface_status, (cairo_surface_t *a), (a))
SMARTBI_LAZY_VOID(pangocairo, cairo_tag_begin, (cairo_t *a, const char *b, const char *c), (a, b, c))
SMARTBI_LAZY_VOID(pangocairo, cairo_tag_end, (cairo_t *a, const char *b), (a, b))
SMARTBI_LAZY_VOID(pangocairo, cairo_translate, (cairo_t *a, double b, double c), (a, b, c))
SMARTBI_LAZY_VOID(pangoft2, g_object_unref, (gpointer a), (a))
SMARTBI_LAZY(pangoft2, PangoAttribute *, pango_attr_foreground_new, (guint16 a, guint16 b, guint16 c), (a, b, c))
SMARTBI_LAZY_VOID(pangoft2, pango_attr_list_insert, (PangoAttrList *a, PangoAttribute *b), (a, b))
SMARTBI_LAZY(pangoft2, PangoAttrList *, pango_attr_list_new, (void), ())
SMARTBI_LAZY_VOID(pangoft2, pango_attr_list_unref, (PangoAttrList *a), (a))
SMARTBI_LAZY_VOID(pangocairo, pango_cairo_context_set_font_options, (PangoContext *a, const cairo_font_options_t *b),
                  (a, b))
SMARTBI_LAZY(pangocairo, PangoFontMap *, pango_cairo_font_map_new_for_font_type, (cairo_font_type_t a), (a))
SMARTBI_LAZY_VOID(pangocairo, pango_cairo_show_layout, (cairo_t *a, PangoLayout *b), (a, b))
SMARTBI_LAZY_VOID(pangocairo, pango_cairo_show_layout_line, (cairo_t *a, PangoLayoutLine *b), (a, b))
SMARTBI_LAZY_VOID(pangocairo, pango_cairo_update_context, (cairo_t *a, PangoContext *b), (a, b))
SMARTBI_LAZY_VOID(pangoft2, pango_context_set_round_glyph_positions, (PangoContext *a, gboolean b), (a, b))
SMARTBI_LAZY_VOID(pangoft2, pango_fc_font_map_set_config, (PangoFcFontMap *a, FcConfig *b), (a, b))
SMARTBI_LAZY_VOID(pangoft2, pango_font_description_free, (PangoFontDescription *a), (a))
SMARTBI_LAZY(pangoft2, PangoFontDescription *, pango_font_description_new, (void), ())
SMARTBI_LAZY_VOID(pangoft2, pango_font_description_set_absolute_size, (PangoFontDescription *a, double b), (a, b))
SMARTBI_LAZY_VOID(pangoft2, pango_font_description_set_family, (PangoFontDescription *a, const char *b), (a, b))
SMARTBI_LAZY_VOID(pangoft2, pango_font_description_set_style, (PangoFontDescription *a, PangoStyle b), (a, b))
SMARTBI_LAZY_VOID(pangoft2, pango_font_description_set_weight, (PangoFontDescription *a, PangoWeight b), (a, b))
SMARTBI_LAZY(pangoft2, PangoContext *, pango_font_map_create_context, (PangoFontMap *a), (a))
SMARTBI_LAZY(pangoft2, PangoFontMap *, pango_ft2_font_map_new, (void), ())
SMARTBI_LAZY(pangoft2, PangoAlignment, pango_layout_get_alignment, (PangoLayout *a), (a))
SMARTBI_LAZY(pangoft2, int, pango_layout_get_baseline, (PangoLayout *a), (a))
SMARTBI_LAZY_VOID(pangoft2, pango_layout_get_extents, (PangoLayout *a, PangoRectangle *b, PangoRectangle *c),
                  (a, b, c))
SMARTBI_LAZY(pangoft2, PangoLayoutIter *, pango_layout_get_iter, (PangoLayout *a), (a))
SMARTBI_LAZY(pangoft2, PangoLayoutLine *, pango_layout_get_line_readonly, (PangoLayout *a, int b), (a, b))
SMARTBI_LAZY_VOID(pangoft2, pango_layout_index_to_line_x, (PangoLayout *a, int b, gboolean c, int *d, int *e),
                  (a, b, c, d, e))
SMARTBI_LAZY_VOID(pangoft2, pango_layout_index_to_pos, (PangoLayout *a, int b, PangoRectangle *c), (a, b, c))
SMARTBI_LAZY_VOID(pangoft2, pango_layout_iter_free, (PangoLayoutIter *a), (a))
SMARTBI_LAZY(pangoft2, int, pango_layout_iter_get_baseline, (PangoLayoutIter *a), (a))
SMARTBI_LAZY_VOID(pangoft2, pango_layout_iter_get_line_extents, (PangoLayoutIter *a, PangoRectangle *b, PangoRectangle *c),
                  (a, b, c))
SMARTBI_LAZY_VOID(pangoft2, pango_layout_iter_get_line_yrange, (PangoLayoutIter *a, int *b, int *c), (a, b, c))
SMARTBI_LAZY(pangoft2, gboolean, pango_layout_iter_next_line, (PangoLayoutIter *a), (a))
SMARTBI_LAZY(pangoft2, PangoDirection, pango_layout_line_get_resolved_direction, (PangoLayoutLine *a), (a))
SMARTBI_LAZY(pangoft2, PangoLayout *, pango_layout_new, (PangoContext *a), (a))
SMARTBI_LAZY_VOID(pangoft2, pango_layout_set_alignment, (PangoLayout *a, PangoAlignment b), (a, b))
SMARTBI_LAZY_VOID(pangoft2, pango_layout_set_attributes, (PangoLayout *a, PangoAttrList *b), (a, b))
SMARTBI_LAZY_VOID(pangoft2, pango_layout_set_font_description, (PangoLayout *a, const PangoFontDescription *b),
                  (a, b))
SMARTBI_LAZY_VOID(pangoft2, pango_layout_set_line_spacing, (PangoLayout *a, float b), (a, b))
SMARTBI_LAZY_VOID(pangoft2, pango_layout_set_markup, (PangoLayout *a, const char *b, int c), (a, b, c))
SMARTBI_LAZY_VOID(pangoft2, pango_layout_set_text, (PangoLayout *a, const char *b, int c), (a, b, c))
SMARTBI_LAZY_VOID(pangoft2, pango_layout_set_width, (PangoLayout *a, int b), (a, b))
SMARTBI_LAZY_VOID(pangoft2, pango_layout_set_wrap, (PangoLayout *a, PangoWrapMode b), (a, b))
