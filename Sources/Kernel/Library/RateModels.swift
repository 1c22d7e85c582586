extension NeuronLibrary {
    /// Rate and neural-mass models: systems, with no spikes.
    static let rateModels = """
        # Wilson & Cowan (1972), Biophys. J. 12:1: excitatory and inhibitory rates with refractoriness r;
        # the sigmoid F(x) = 1/(1 + exp(-a(x - theta))) - 1/(1 + exp(a*theta)) is 0 at x = 0.
        system WilsonCowan {
          param tau_E = 1 ms, a_E = 1.2, theta_E = 2.8, tau_I = 1 ms, a_I = 1, theta_I = 4
          param w_EE = 12, w_IE = 4, w_EI = 13, w_II = 11, r = 1
          input I_E = 0, I_I = 0
          var rE = 0, rI = 0
          x_E = w_EE*rE - w_IE*rI + I_E
          x_I = w_EI*rE - w_II*rI + I_I
          F_E = 1 / (1 + exp(-a_E*(x_E - theta_E))) - 1 / (1 + exp(a_E*theta_E))
          F_I = 1 / (1 + exp(-a_I*(x_I - theta_I))) - 1 / (1 + exp(a_I*theta_I))
          drE/dt = (-rE + (1 - r*rE)*F_E) / tau_E
          drI/dt = (-rI + (1 - r*rI)*F_I) / tau_I
        }

        # The Stuart–Landau oscillator, the normal form of a supercritical Hopf bifurcation
        # (Kuramoto 1984, Chemical Oscillations, Waves, and Turbulence): a limit cycle of radius sqrt(a).
        system StuartLandau {
          param a = 0.25, omega = 0.2
          input I_x = 0, I_y = 0
          var x = 1, y = 0
          dx/dt = ((a - x^2 - y^2)*x - omega*y + I_x) / (1 ms)
          dy/dt = ((a - x^2 - y^2)*y + omega*x + I_y) / ms
        }

        # The exact mean field of a population of quadratic integrate-and-fire neurons with
        # Lorentzian-distributed excitabilities (Montbrió, Pazó & Roxin 2015, Phys. Rev. X 5:021028):
        # firing rate r and mean membrane potential v (dimensionless, in units of the QIF's).
        system QIFMeanField {
          param tau = 1 ms, eta = -5, delta = 1, J = 15
          input I = 0
          var r = 0.01 / ms, v = -2
          dr/dt = (delta / (pi*tau) + 2*r*v) / tau
          dv/dt = (v^2 + eta + I + J*tau*r - (pi*tau*r)^2) / tau
        }

        # Threshold-linear excitatory and inhibitory rates (Chaudhuri, Knoblauch, Gariel, Kennedy
        # & Wang 2015, Neuron 88:419): each rate follows beta times its input current, floored at 0.
        system ThresholdLinear {
          param tau_e = 20 ms, tau_i = 10 ms, beta_e = 0.066 Hz/pA, beta_i = 0.351 Hz/pA
          input I_e = 0 pA, I_i = 0 pA
          var r_e = 0 Hz, r_i = 0 Hz
          dr_e/dt = (-r_e + beta_e*max(I_e, 0 pA)) / tau_e
          dr_i/dt = (-r_i + beta_i*max(I_i, 0 pA)) / tau_i
        }

        # Jansen & Rit (1995), Biol. Cybern. 73:357: a cortical column of pyramidal cells (y0),
        # excitatory (y1) and inhibitory (y2) interneurons; p is the extrinsic input rate.
        system JansenRit {
          param A = 3.25 mV, B = 22 mV, a = 100 Hz, b = 50 Hz, e0 = 2.5 Hz, v0 = 6 mV, r = 0.56 / mV, C = 135
          input p = 220 Hz
          var y0 = 0 mV, y1 = 0 mV, y2 = 0 mV, y3 = 0 mV/s, y4 = 0 mV/s, y5 = 0 mV/s
          S_pyramidal = 2*e0 / (1 + exp(r*(v0 - (y1 - y2))))
          S_excitatory = 2*e0 / (1 + exp(r*(v0 - C*y0)))
          S_inhibitory = 2*e0 / (1 + exp(r*(v0 - 0.25*C*y0)))
          dy0/dt = y3
          dy1/dt = y4
          dy2/dt = y5
          dy3/dt = A*a*S_pyramidal - 2*a*y3 - a^2*y0
          dy4/dt = A*a*(p + 0.8*C*S_excitatory) - 2*a*y4 - a^2*y1
          dy5/dt = B*b*0.25*C*S_inhibitory - 2*b*y5 - b^2*y2
        }
        """
}
