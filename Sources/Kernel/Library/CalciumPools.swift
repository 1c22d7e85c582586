extension ChannelLibrary {
    /// Calcium pools: the neuron's intracellular calcium `Ca`, filled by its calcium currents `I_Ca`, and the
    /// reversal `E_Ca` every calcium channel of the neuron reads, by Nernst's equation at T °C with Ca_o outside.
    static let pools = """
        # Bazhenov, Timofeev, Steriade & Sejnowski (1998), J. Neurophysiol. 79:2730: the first-order calcium
        # buffer of a shell of depth d beneath the membrane; calcium enters with the (inward) calcium currents
        # and relaxes to Ca_rest with tau_Ca: dCa/dt = max(-I_Ca/(2·F·d), 0) + (Ca_rest - Ca)/tau_Ca, and
        # E_Ca = R·T/(2·F)·ln(Ca_o/Ca) (R = 8.314462618 J/(mol·K), F = 96485.33212 C/mol, T in kelvin).
        channel CaFirstOrder_Ba1998 {
          ion Ca
          param d = 1 um, tau_Ca = 5 ms, Ca_rest = 0.05 uM, Ca_o = 2 mM, T = 36
          var Ca = Ca_rest
          E_Ca = 8.314462618 * (T + 273.15) / (2 * 96485.33212) * 1 V * log(Ca_o / Ca)
          influx = max(-I_Ca / (2 * 96485.33212 A*s/mol * d), 0 mM/ms)
          dCa/dt = influx + (Ca_rest - Ca) / tau_Ca
        }

        # Destexhe, Babloyantz & Sejnowski (1993), Biophys. J. 65:1538: the calcium of a shell of depth d, filled
        # by the (inward) calcium currents and emptied by an ATPase pump in the Michaelis–Menten approximation,
        # K_T·Ca/(Ca + K_d); tau_r and Ca_rest (a slow relaxation standing for buffering) are BrainPy's defaults:
        # dCa/dt = max(-I_Ca/(2·F·d), 0) - K_T·Ca/(Ca + K_d) + (Ca_rest - Ca)/tau_r, E_Ca by Nernst as above.
        channel CaDetailed_De1993 {
          ion Ca
          param d = 1 um, K_T = 0.0001 mM/ms, K_d = 0.0001 mM, tau_r = 5 ms, Ca_rest = 0.00024 mM, Ca_o = 2 mM, T = 36
          var Ca = Ca_rest
          E_Ca = 8.314462618 * (T + 273.15) / (2 * 96485.33212) * 1 V * log(Ca_o / Ca)
          influx = max(-I_Ca / (2 * 96485.33212 A*s/mol * d), 0 mM/ms)
          dCa/dt = influx - K_T * Ca / (Ca + K_d) + (Ca_rest - Ca) / tau_r
        }
        """
}
