package org.convenor.coalitions;

import org.convenor.network.Sector;

/** A row of the theme table: campaigns on this theme call for voices from this sector, because... */
public record ThemeSector(Theme theme, Sector sector, String because) {
}
