package org.convenor.coalitions;

import org.convenor.network.Sector;
import org.convenor.network.Theme;

/** A row of the theme table: campaigns on this theme call for voices from this sector, because... */
public record ThemeSector(Theme theme, Sector sector, String because) {
}
