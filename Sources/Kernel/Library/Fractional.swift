extension NeuronLibrary {
    /// Fractional-order neurons: Caputo derivatives of order alpha, so written without units (an order other
    /// than 1/2 or 1 has no dimension); t counts milliseconds. Run them with method = caputo_l1 or gl.
    static let fractional = """
        # The fractional-order Izhikevich neuron (Teka, Upadhyay & Mondal 2018, Neural Netw. 105:54):
        # Izhikevich's regular-spiking parameters, both equations of order alpha; alpha = 1 is the ordinary model.
        neuron FractionalIzhikevich {
          param a = 0.02, b = 0.2, c = -65, d = 8, V_th = 30, alpha = 0.9
          input I = 0
          var V = -65, u = b*V
          d^alpha V/dt^alpha = 0.04*V^2 + 5*V + 140 - u + I
          d^alpha u/dt^alpha = a*(b*V - u)
          spike V >= V_th
          reset {
            V = c
            u += d
          }
        }
        """
}
