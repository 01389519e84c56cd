"""Team sharing in the window: Outils › Partage d'équipe…, the status bar, the rounds in the
background every 5 minutes and shortly after a change, and the conflicts to choose."""
